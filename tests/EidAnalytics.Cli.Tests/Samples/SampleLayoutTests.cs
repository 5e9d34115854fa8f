using System.Text.Json;
using EidAnalytics.Cli.Samples;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Extracts.Mapping;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Tests;
using EidAnalytics.Core.Tests.Extracts;

namespace EidAnalytics.Cli.Tests.Samples;

[Collection(nameof(GeneratedSamples))]
public sealed class SampleLayoutTests(GeneratedSamples samples)
{
    /// <summary>A whole-council extract, so that every code of every column, "other" staff included, goes through each layout.</summary>
    private static readonly SampleCouncil Council = SampleCouncils.All.Single(c => c.Code == "E07999004");

    [Theory]
    [InlineData("itrent", false)]
    [InlineData("oracle-hcm", true)]
    [InlineData("successfactors", false)]
    [InlineData("resourcelink", false)]
    [InlineData("unit4", true)]
    [InlineData("itrent", true)]
    public void Each_built_in_profile_reads_a_file_in_its_layout_back_to_the_same_rows_and_metrics_as_the_v1_file(string name, bool xlsx)
    {
        var simulated = WorkforceSimulation.Run(Council, 7);
        var rows = simulated.Snapshots[^1];
        var profile = SampleLayouts.WithGrades(BuiltInProfiles.Find(name)!, Council, simulated.Grades);
        using var file = new MemoryStream();
        SampleLayouts.Write(file, profile, rows, xlsx, seed: 7);
        file.Position = 0;

        var parsed = ExtractParser.Parse(file, new ExtractReadOptions
        {
            Today = TestDates.Today,
            Profile = profile,
            ExpectedOrganisationCode = Council.Code,
            SnapshotDate = SampleGenerator.SnapshotDates[^1],
        });

        var records = ExtractCsv.Records(parsed);
        var original = rows.Select(r => r.Record).ToList();
        Assert.Equal(original, records);
        Assert.Equal(Metrics(original, ExtractColumns.All.ToHashSet()), Metrics(records, parsed.Columns));
        Assert.Equal([SampleLayouts.CostCentre], parsed.IgnoredColumns);
    }

    [Fact]
    public void The_IT_teams_own_spreadsheet_holds_the_same_IT_people_as_the_whole_council_extract_of_that_date()
    {
        Assert.Equal(5 * SampleGenerator.SnapshotDates.Count, samples.ItTeamExtracts.Count);
        foreach (var itTeam in samples.ItTeamExtracts)
        {
            var whole = samples.Extracts.Single(e => e.Code == itTeam.Code && e.Snapshot == itTeam.Snapshot);
            Assert.Equal(
                whole.Rows.Where(r => r["job_family"] != "other").Select(r => (r["employee_ref"], r["gender"], r["level"], r["start_date"])),
                itTeam.Rows.Select(r => (r["employee_ref"], r["gender"], r["level"], r["start_date"])));
        }
    }

    [Fact]
    public void The_samples_come_in_each_layout()
    {
        var layouts = Directory.GetFiles(Path.Combine(samples.Folder, "extracts"))
            .Select(path => ExtractFileName.TryParse(path, out var name) ? (name.Profile ?? "v1") + Path.GetExtension(path) : "unnamed")
            .GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(["it-team.xlsx", "itrent.csv", "oracle-hcm.xlsx", "successfactors.csv", "v1.csv", "v1.xlsx"], layouts.Keys.Order());
    }

    [Fact]
    public void Every_messy_sample_produces_exactly_the_problems_its_list_documents()
    {
        foreach (var folder in new[] { samples.Folder, RepositorySamples() })
        {
            var expected = CsvProblems(Path.Combine(folder, "messy", "expected-problems.csv"));
            var files = Directory.GetFiles(Path.Combine(folder, "messy")).Where(p => ExtractFileName.TryParse(p, out _)).ToList();
            Assert.Equal(7, files.Count);
            foreach (var path in files)
            {
                var parsed = SampleFiles.Parse(path, folder);

                Assert.Equal(expected[Path.GetFileName(path)], parsed.Problems.Select(p => (p.Row, p.Column, p.Value, p.Reason)));
                Assert.Equal(parsed.Problems.Count, parsed.ProblemCount);
            }
        }
    }

    [Fact]
    public void The_committed_samples_are_what_the_generator_writes_with_the_default_seed()
    {
        var committed = RepositorySamples();
        var files = Directory.GetFiles(samples.Folder, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(samples.Folder, p)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(files, Directory.GetFiles(committed, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(committed, p)).Order(StringComparer.Ordinal));
        Assert.All(files, file => Assert.True(File.ReadAllBytes(Path.Combine(samples.Folder, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(committed, file))),
            $"data-samples/{file} is not what ./eid samples writes; run it again and commit the result"));
    }

    private static string Metrics(IReadOnlyList<EmployeeRecord> records, IReadOnlySet<string> columns)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            MetricsJson.Write(writer, WorkforceMetrics.ComputeByOrganisation(records, columns, MetricOptions.Default));
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>expected-problems.csv, read with the service's own CSV reader, by file.</summary>
    private static Dictionary<string, List<(int, string, string, string)>> CsvProblems(string path)
    {
        using var stream = File.OpenRead(path);
        using var table = new CsvTableReader(stream, maxBytes: null, maxColumns: 5);
        Assert.Equal(["file", "row", "column", "value", "reason"], table.ReadHeader());
        var problems = new Dictionary<string, List<(int, string, string, string)>>();
        foreach (var row in table.ReadRows())
        {
            string Cell(int i) => System.Text.Encoding.UTF8.GetString(row[i]);
            (problems.TryGetValue(Cell(0), out var list) ? list : problems[Cell(0)] = []).Add(
                (int.Parse(Cell(1), System.Globalization.CultureInfo.InvariantCulture), Cell(2), Cell(3), Cell(4)));
        }

        return problems;
    }

    /// <summary>The repository's data-samples/, found above the test's folder.</summary>
    private static string RepositorySamples()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EidAnalytics.sln")))
            {
                return Path.Combine(folder.FullName, "data-samples");
            }
        }

        throw new DirectoryNotFoundException("No EidAnalytics.sln above " + AppContext.BaseDirectory);
    }
}
