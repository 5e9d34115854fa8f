using System.Globalization;
using System.Text;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Organisations;

namespace EidAnalytics.Benchmarks;

/// <summary>
/// Writes a large, valid v1 extract for the benchmarks: many organisations in one file, grouped by
/// organisation, some with whole-organisation job families, every optional column filled. Seeded:
/// the same arguments write the same bytes. Not realistic people, only realistic shapes.
/// </summary>
public static class BenchExtract
{
    public static readonly DateOnly Snapshot = new(2025, 3, 31);

    /// <summary>The code of the organisation at <paramref name="index"/> (0-based): E60000001, E60000002, ….</summary>
    public static string Code(int index) => string.Create(CultureInfo.InvariantCulture, $"E{60_000_000 + index + 1}");

    /// <summary>Every organisation in one file, as a council consortium or the offline analyser would read it.</summary>
    public static void Write(string path, int rows, int organisations, int seed, DateOnly snapshot)
    {
        using var writer = Open(path);
        Generate(rows, organisations, seed, snapshot, _ => writer, _ => { });
    }

    /// <summary>
    /// One file per organisation, named as uploads are (&lt;code&gt;_&lt;snapshot&gt;.csv), since an upload
    /// is for one organisation.
    /// </summary>
    public static void WriteEach(string folder, int rows, int organisations, int seed, DateOnly snapshot)
    {
        Directory.CreateDirectory(folder);
        Generate(rows, organisations, seed, snapshot,
            code => Open(Path.Combine(folder, $"{code}_{snapshot:yyyy-MM-dd}.csv")),
            writer => writer.Dispose());
    }

    /// <summary>
    /// The reference list the service needs before it accepts uploads for the generated codes:
    /// types and regions taken in turn, so peer groups and benchmark reports have something to group.
    /// </summary>
    public static void WriteOrganisations(string path, int organisations)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("code,name,type,region,it_team_size,workforce_size");
        for (var o = 0; o < organisations; o++)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Code(o)},Bench Council {o + 1},{OrganisationTypes.All[o % OrganisationTypes.All.Count].Code},{Regions.All[o % Regions.All.Count]},{40 + o % 160},{2000 + 25 * o}"));
        }
    }

    private static StreamWriter Open(string path)
    {
        var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', ExtractColumns.All));
        return writer;
    }

    private static void Generate(int rows, int organisations, int seed, DateOnly snapshot, Func<string, TextWriter> begin, Action<TextWriter> end)
    {
        var random = new Random(seed);
        var sizes = Sizes(rows, organisations, random);
        var line = new StringBuilder(256);
        var start = snapshot.AddYears(-1);
        for (var o = 0; o < organisations; o++)
        {
            var code = Code(o);
            var writer = begin(code);
            var wholeOrganisation = o % 3 == 0;
            var womenBase = 0.08 + random.NextDouble() * 0.20;
            for (var i = 0; i < sizes[o]; i++)
            {
                var family = wholeOrganisation && random.NextDouble() < 0.7
                    ? JobFamily.Other
                    : (JobFamily)random.Next(3);
                var level = 1 + Math.Min(5, (int)Math.Floor(-Math.Log(1 - random.NextDouble()) * 1.6));
                var womenShare = family == JobFamily.Other ? 0.6 : womenBase * (1.3 - level * 0.12);
                var genderDraw = random.NextDouble();
                var gender = genderDraw < 0.03 ? Gender.Undisclosed
                    : genderDraw < 0.04 ? Gender.Other
                    : random.NextDouble() < womenShare ? Gender.Female : Gender.Male;
                var startDate = snapshot.AddDays(-random.Next(1, 35 * 365));
                var leaves = random.NextDouble() < 0.12;
                var leaveDate = leaves ? start.AddDays(random.Next(1, 366)) : (DateOnly?)null;
                if (leaveDate is { } left && startDate > left)
                {
                    startDate = left.AddDays(-random.Next(0, 3000));
                }
                var promoted = random.NextDouble() < 0.08 && level > 1;
                var promotion = promoted ? Max(startDate, start.AddDays(random.Next(1, 366))) : (DateOnly?)null;
                if (promotion is { } p && leaveDate is { } l && p > l)
                {
                    promotion = l;
                }
                if (promotion is { } q && q > snapshot)
                {
                    promotion = snapshot;
                }
                var partTime = random.NextDouble() < (gender == Gender.Female ? 0.25 : 0.05);
                var pay = 11.5 + level * 6.5 + random.NextDouble() * 6 - (gender == Gender.Female ? 0.8 : 0);

                line.Clear();
                line.Append(code).Append(',')
                    .Append(Date(snapshot)).Append(',')
                    .Append('R').Append((i + 1).ToString("D7", CultureInfo.InvariantCulture)).Append(',')
                    .Append(Codes.JobFamily.Format(family)).Append(',')
                    .Append(level.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append('G').Append(level.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(partTime ? (0.4 + random.Next(5) * 0.1).ToString("0.0", CultureInfo.InvariantCulture) : "1").Append(',')
                    .Append(Date(startDate)).Append(',')
                    .Append(promotion is { } promotedOn ? Date(promotedOn) : "").Append(',')
                    .Append(promotion is { } lastPromotion ? Date(lastPromotion) : "").Append(',')
                    .Append(leaveDate is { } leftOn ? Date(leftOn) : "").Append(',')
                    .Append(leaves ? Codes.LeaveReason.Format((LeaveReason)(random.NextDouble() < 0.7 ? 0 : random.Next(1, 5))) : "").Append(',')
                    .Append(Codes.Gender.Format(gender)).Append(',')
                    .Append(Codes.Ethnicity.Format((Ethnicity)Pick(random, 0.06, 0.03, 0.02, 0.80, 0.02))).Append(',')
                    .Append(Codes.Disability.Format((Disability)Pick(random, 0.08, 0.82))).Append(',')
                    .Append(Codes.AgeBand.Format((AgeBand)random.Next(6))).Append(',')
                    .Append(partTime ? "part_time" : "full_time").Append(',')
                    .Append(pay.ToString("0.00", CultureInfo.InvariantCulture)).Append(',')
                    .Append(random.NextDouble() < 0.1 ? (random.Next(1, 40) * 50).ToString(CultureInfo.InvariantCulture) : "0");
                writer.WriteLine(line);
            }
            end(writer);
        }
    }

    private static int[] Sizes(int rows, int organisations, Random random)
    {
        var weights = Enumerable.Range(0, organisations).Select(_ => 0.2 + random.NextDouble() * random.NextDouble() * 3).ToArray();
        var total = weights.Sum();
        var sizes = weights.Select(w => Math.Max(3, (int)(rows * w / total))).ToArray();
        sizes[^1] += rows - sizes.Sum();
        return sizes;
    }

    /// <summary>Index of the first cumulative probability above a uniform draw; the remainder goes to the last index.</summary>
    private static int Pick(Random random, params double[] probabilities)
    {
        var draw = random.NextDouble();
        for (var i = 0; i < probabilities.Length; i++)
        {
            draw -= probabilities[i];
            if (draw < 0)
            {
                return i;
            }
        }
        return probabilities.Length;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
