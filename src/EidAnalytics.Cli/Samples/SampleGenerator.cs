using System.Globalization;
using System.Text;
using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Cli.Samples;

/// <summary>What one run of the generator wrote.</summary>
/// <param name="Organisations">Councils in organisations.csv.</param>
/// <param name="Extracts">Extract files written.</param>
/// <param name="Rows">Data rows across all extracts (headers not counted).</param>
/// <param name="Bytes">Size of every file written, README and organisations.csv included.</param>
public sealed record SampleSummary(int Organisations, int Extracts, int Rows, long Bytes);

/// <summary>
/// Writes the synthetic sample data set: organisations.csv; one extract per fictional council per
/// 31 March snapshot under extracts/, in the layout each council sends (v1 CSV, v1 XLSX, or an iTrent,
/// Oracle HCM or SuccessFactors report), plus the IT team's own spreadsheet for the councils that
/// send whole-council extracts; the councils' mapping profiles under profiles/; the messy files
/// under messy/; and a README.md saying what it all is. The output depends only on the seed: same
/// seed, same bytes.
/// </summary>
public static class SampleGenerator
{
    /// <summary>The seed the repository's data-samples/ was generated with.</summary>
    public const int DefaultSeed = 20250331;

    /// <summary>The snapshot dates of every council's extracts.</summary>
    public static IReadOnlyList<DateOnly> SnapshotDates { get; } =
        [new(2021, 3, 31), new(2022, 3, 31), new(2023, 3, 31), new(2024, 3, 31), new(2025, 3, 31)];

    /// <summary>The folders the generator owns: what it did not write in them this time is deleted.</summary>
    private static readonly string[] Folders = ["extracts", "profiles", "messy"];

    /// <summary>UTF-8 without a byte-order mark, as the v1 standard expects and diffs prefer.</summary>
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Generates the data set into <paramref name="directory"/>, replacing organisations.csv, README.md
    /// and what a previous run left in extracts/, profiles/ and messy/ (so a council dropped from the
    /// list does not linger). Nothing else in the folder is touched.
    /// </summary>
    public static SampleSummary Write(string directory, int seed)
    {
        var extracts = Path.Combine(directory, "extracts");
        var profiles = Path.Combine(directory, "profiles");
        Directory.CreateDirectory(extracts);
        Directory.CreateDirectory(profiles);
        // One seed per council, drawn in list order, so each council's people depend on the seed alone.
        var councilSeeds = new Random(seed);
        var organisations = new List<OrganisationRow>();
        var simulatedCouncils = new Dictionary<string, (SampleCouncil, SimulatedCouncil)>(StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var rows = 0;
        long bytes = 0;
        foreach (var council in SampleCouncils.All)
        {
            var councilSeed = councilSeeds.Next();
            var simulated = WorkforceSimulation.Run(council, councilSeed);
            simulatedCouncils[council.Code] = (council, simulated);
            var profile = SampleLayouts.Profile(council.Layout, council, simulated.Grades);
            var itTeam = council.WholeOrganisation ? SampleLayouts.ItTeamProfile(council) : null;
            foreach (var own in new[] { profile, itTeam }.OfType<Core.Extracts.Mapping.MappingProfile>())
            {
                bytes += WriteFile(Path.Combine(profiles, $"{council.Code}_{own.Name}.json"), writer => writer.Write(Core.Extracts.Mapping.MappingProfileJson.Write(own)));
                written.Add($"profiles/{council.Code}_{own.Name}.json");
            }

            foreach (var (snapshot, index) in simulated.Snapshots.Select((s, i) => (s, i)))
            {
                var date = snapshot[0].Record.SnapshotDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var name = council.Layout switch
                {
                    SampleLayout.Standard => $"{council.Code}_{date}.csv",
                    SampleLayout.StandardXlsx => $"{council.Code}_{date}.xlsx",
                    _ => $"{council.Code}_{date}.{profile!.Name}.{(council.Layout == SampleLayout.OracleHcm ? "xlsx" : "csv")}",
                };
                bytes += WriteBytes(Path.Combine(extracts, name), stream =>
                {
                    switch (council.Layout)
                    {
                        case SampleLayout.Standard:
                            using (var writer = new StreamWriter(stream, Utf8, leaveOpen: true) { NewLine = "\n" })
                            {
                                ExtractCsvWriter.Write(writer, snapshot.Select(r => r.Record));
                            }
                            break;
                        case SampleLayout.StandardXlsx:
                            SampleLayouts.WriteStandardXlsx(stream, snapshot);
                            break;
                        default:
                            SampleLayouts.Write(stream, profile!, snapshot, xlsx: council.Layout == SampleLayout.OracleHcm, seed: councilSeed + index);
                            break;
                    }
                });
                written.Add($"extracts/{name}");
                rows += snapshot.Count;
                if (itTeam is not null)
                {
                    var itName = $"{council.Code}_{date}_it-team.{itTeam.Name}.xlsx";
                    var itRows = snapshot.Where(r => r.Record.IsItFunction).ToList();
                    bytes += WriteBytes(Path.Combine(extracts, itName), stream => SampleLayouts.Write(stream, itTeam, itRows, xlsx: true, seed: councilSeed + index,
                        title: $"{council.Name}: IT service staff at {snapshot[0].Record.SnapshotDate:d MMMM yyyy}"));
                    written.Add($"extracts/{itName}");
                    rows += itRows.Count;
                }
            }

            var latest = simulated.Snapshots[^1].Select(r => r.Record).Where(r => r.LeaveDate is null).ToList();
            organisations.Add(new OrganisationRow(
                council,
                ItTeamSize: latest.Count(r => r.IsItFunction),
                WorkforceSize: council.WholeOrganisation ? latest.Count : council.Workforce));
        }

        var messy = MessySamples.Write(directory, code => simulatedCouncils[code]);
        bytes += messy.Bytes;
        written.UnionWith(messy.Files.Select(f => $"messy/{f}"));
        foreach (var stale in Folders
            .SelectMany(folder => Directory.GetFiles(Path.Combine(directory, folder)).Select(path => $"{folder}/{Path.GetFileName(path)}"))
            .Where(file => !written.Contains(file)))
        {
            File.Delete(Path.Combine(directory, stale));
        }

        organisations.Sort((a, b) => string.CompareOrdinal(a.Council.Code, b.Council.Code));
        bytes += WriteFile(Path.Combine(directory, "organisations.csv"), writer => WriteOrganisations(writer, organisations));
        var summary = new SampleSummary(organisations.Count, written.Count(f => f.StartsWith("extracts/", StringComparison.Ordinal)), rows, bytes);
        var readme = SampleReadme.Text(seed, organisations, summary);
        bytes += WriteFile(Path.Combine(directory, "README.md"), writer => writer.Write(readme));
        return summary with { Bytes = bytes };
    }

    private static void WriteOrganisations(TextWriter writer, IEnumerable<OrganisationRow> organisations)
    {
        writer.WriteLine("code,name,type,region,it_team_size,workforce_size");
        foreach (var (council, itTeam, workforce) in organisations)
        {
            writer.WriteLine(string.Join(',',
                council.Code, ExtractCsvWriter.Field(council.Name), council.Type, ExtractCsvWriter.Field(council.Region),
                itTeam.ToString(CultureInfo.InvariantCulture), workforce.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <returns>The size of the written file in bytes.</returns>
    private static long WriteBytes(string path, Action<Stream> write)
    {
        using (var file = File.Create(path))
        {
            write(file);
        }
        return new FileInfo(path).Length;
    }

    /// <returns>The size of the written file in bytes.</returns>
    private static long WriteFile(string path, Action<TextWriter> write)
    {
        using (var writer = new StreamWriter(path, append: false, Utf8) { NewLine = "\n" })
        {
            write(writer);
        }
        return new FileInfo(path).Length;
    }
}

/// <summary>A council's line in organisations.csv: sizes as they stand in its latest extract.</summary>
internal sealed record OrganisationRow(SampleCouncil Council, int ItTeamSize, int WorkforceSize);
