using System.Globalization;
using System.Text;

namespace EidAnalytics.Cli.Samples;

/// <summary>What one run of the generator wrote.</summary>
/// <param name="Organisations">Councils in organisations.csv.</param>
/// <param name="Extracts">Extract files written.</param>
/// <param name="Rows">Data rows across all extracts (headers not counted).</param>
/// <param name="Bytes">Size of every file written, README and organisations.csv included.</param>
public sealed record SampleSummary(int Organisations, int Extracts, int Rows, long Bytes);

/// <summary>
/// Writes the synthetic sample data set: organisations.csv, one v1 extract per fictional council per
/// 31 March snapshot under extracts/, and a README.md saying what it all is. The output depends only
/// on the seed: same seed, same bytes.
/// </summary>
public static class SampleGenerator
{
    /// <summary>The seed the repository's data-samples/ was generated with.</summary>
    public const int DefaultSeed = 20250331;

    /// <summary>The snapshot dates of every council's extracts.</summary>
    public static IReadOnlyList<DateOnly> SnapshotDates { get; } =
        [new(2021, 3, 31), new(2022, 3, 31), new(2023, 3, 31), new(2024, 3, 31), new(2025, 3, 31)];

    /// <summary>UTF-8 without a byte-order mark, as the v1 standard expects and diffs prefer.</summary>
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Generates the data set into <paramref name="directory"/>, replacing organisations.csv, README.md
    /// and the extracts/*.csv files a previous run left there (so a council dropped from the list does
    /// not linger). Nothing else in the folder is touched.
    /// </summary>
    public static SampleSummary Write(string directory, int seed)
    {
        var extracts = Path.Combine(directory, "extracts");
        Directory.CreateDirectory(extracts);
        // One seed per council, drawn in list order, so each council's people depend on the seed alone.
        var councilSeeds = new Random(seed);
        var organisations = new List<OrganisationRow>();
        var written = new HashSet<string>(StringComparer.Ordinal);
        var rows = 0;
        long bytes = 0;
        foreach (var council in SampleCouncils.All)
        {
            var snapshots = WorkforceSimulation.Run(council, councilSeeds.Next());
            foreach (var snapshot in snapshots)
            {
                var name = $"{council.Code}_{snapshot[0].SnapshotDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
                bytes += WriteFile(Path.Combine(extracts, name), writer => ExtractCsv.Write(writer, snapshot));
                written.Add(name);
                rows += snapshot.Count;
            }
            var latest = snapshots[^1].Where(r => r.LeaveDate is null).ToList();
            organisations.Add(new OrganisationRow(
                council,
                ItTeamSize: latest.Count(r => r.IsItFunction),
                WorkforceSize: council.WholeOrganisation ? latest.Count : council.Workforce));
        }
        foreach (var stale in Directory.GetFiles(extracts, "*.csv").Where(path => !written.Contains(Path.GetFileName(path))))
        {
            File.Delete(stale);
        }
        organisations.Sort((a, b) => string.CompareOrdinal(a.Council.Code, b.Council.Code));
        bytes += WriteFile(Path.Combine(directory, "organisations.csv"), writer => WriteOrganisations(writer, organisations));
        var summary = new SampleSummary(organisations.Count, written.Count, rows, bytes);
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
                council.Code, SampleCsv.Field(council.Name), council.Type, SampleCsv.Field(council.Region),
                itTeam.ToString(CultureInfo.InvariantCulture), workforce.ToString(CultureInfo.InvariantCulture)));
        }
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
