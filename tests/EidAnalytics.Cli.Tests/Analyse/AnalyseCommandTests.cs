using System.CommandLine;
using System.Text.Json;
using EidAnalytics.Cli.Analyse;
using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Cli.Tests.Analyse;

/// <summary>
/// <c>./eid analyse</c> as DESIGN §9 states it: where its JSON goes, its exit codes and messages, and the
/// baseline band options. The golden file test is <see cref="AnalyseGoldenTests"/>.
/// </summary>
public sealed class AnalyseCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("eid-analyse-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Without_json_out_the_document_is_written_to_the_standard_output_it_is_given()
    {
        var file = Write("team.csv", Team("E09000030", women: 1, men: 3));
        var stdout = new StringWriter();

        var exit = AnalyseCommand.Run([file], null, MetricOptions.Default, stdout, new StringWriter());

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(stdout.ToString());
        var share = document.RootElement.GetProperty("organisations")[0].GetProperty("metrics").GetProperty(MetricIds.WomenShare);
        Assert.Equal(0.25, share.GetProperty("value").GetDouble(), 1e-6); // 1 / 4
    }

    [Fact]
    public void A_missing_file_exits_with_2_and_names_the_file()
    {
        var absent = new FileInfo(Path.Combine(_folder.FullName, "absent.csv"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = AnalyseCommand.Run([absent], null, MetricOptions.Default, stdout, stderr);

        Assert.Equal(2, exit);
        Assert.Equal($"{absent.FullName}: no such file.", stderr.ToString().Trim());
        Assert.Equal("", stdout.ToString());
    }

    [Fact]
    public void An_invalid_file_exits_with_1_and_writes_the_validation_report_to_standard_error()
    {
        // Row 3 of the file (the second person) is at level 9; levels run from 1 to 6.
        var bad = Write("bad.csv", Team("E09000030", women: 1, men: 1).Replace("P2,it,3,", "P2,it,9,", StringComparison.Ordinal));
        var good = Write("good.csv", Team("E09000031", women: 2, men: 2));
        var json = new FileInfo(Path.Combine(_folder.FullName, "out.json"));
        var stderr = new StringWriter();

        var exit = AnalyseCommand.Run([good, bad], json, MetricOptions.Default, new StringWriter(), stderr);

        Assert.Equal(1, exit);
        var report = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal($"{bad.FullName}: not valid, 1 problem:", report[0]);
        Assert.StartsWith("row 3, level '9': ", report[1], StringComparison.Ordinal);
        Assert.Equal(2, report.Length);
        Assert.False(json.Exists, "no JSON is written when any input is invalid");
    }

    [Theory]
    // 6 women of 15 in E09000901's IT function (Fixtures/Golden): Wilson 95% 0.198245–0.642532.
    [InlineData(null, null, "above")]     // 0.198245 > 0.16
    [InlineData("0.20", "0.30", "within")] // overlaps 0.20–0.30
    [InlineData("0.65", "0.80", "below")]  // 0.642532 < 0.65
    public void The_baseline_band_options_decide_the_band_verdict(string? low, string? high, string verdict)
    {
        var json = Path.Combine(_folder.FullName, "band.json");
        List<string> args = ["analyse", Path.Combine(AnalyseGoldenTests.Folder, "E09000901_2025-03-31.csv"), "--json", json];
        if (low is not null && high is not null)
        {
            args.AddRange(["--baseline-low", low, "--baseline-high", high]);
        }

        var exit = new RootCommand { AnalyseCommand.Create() }.Parse(args).Invoke(
            new InvocationConfiguration { Output = new StringWriter(), Error = new StringWriter() });

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var it = document.RootElement.GetProperty("organisations").EnumerateArray().Single(o => o.GetProperty("scope").GetString() == "it_function");
        Assert.Equal(verdict, it.GetProperty("metrics").GetProperty(MetricIds.BaselineBand).GetProperty("value").GetString());
    }

    [Fact]
    public void A_band_whose_low_end_is_above_its_high_end_is_refused()
    {
        var stderr = new StringWriter();

        var exit = new RootCommand { AnalyseCommand.Create() }.Parse(["analyse", "x.csv", "--baseline-low", "0.3", "--baseline-high", "0.2"]).Invoke(
            new InvocationConfiguration { Output = new StringWriter(), Error = stderr });

        Assert.Equal(2, exit);
        Assert.Contains("--baseline-low <= --baseline-high", stderr.ToString(), StringComparison.Ordinal);
    }

    private FileInfo Write(string name, string csv)
    {
        var file = new FileInfo(Path.Combine(_folder.FullName, name));
        File.WriteAllText(file.FullName, csv);
        return file;
    }

    [Fact]
    public void A_snapshot_after_today_exits_with_1_and_says_why()
    {
        var future = Write("future.csv", Team("E09000030", women: 1, men: 1).Replace("2025-03-31", "2999-03-31", StringComparison.Ordinal));
        var stderr = new StringWriter();

        var exit = AnalyseCommand.Run([future], null, MetricOptions.Default, new StringWriter(), stderr);

        Assert.Equal(1, exit);
        Assert.Contains("snapshot_date 2999-03-31 is after today (", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_it_team_a_file_holding_other_staff_exits_with_1_as_an_upload_given_as_it_team_is_refused()
    {
        // P1 and P2 are it; the third row (file row 4) is a person of job_family other.
        var mixed = Write("mixed.csv", Team("E09000030", women: 1, men: 1) + "E09000030,2025-03-31,P3,other,3,2020-01-06,female\n");

        var asWholeCouncil = AnalyseCommand.Run([mixed], null, MetricOptions.Default, new StringWriter(), new StringWriter());
        var stderr = new StringWriter();
        var asItTeam = new RootCommand { AnalyseCommand.Create() }.Parse(["analyse", mixed.FullName, "--it-team"]).Invoke(
            new InvocationConfiguration { Output = new StringWriter(), Error = stderr });

        Assert.Equal(0, asWholeCouncil);
        Assert.Equal(1, asItTeam);
        Assert.Contains("file, job_family 'other': the file is given as an IT-team extract, but 1 row has job_family other (the first is row 4)",
            stderr.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Women then men, refs P1, P2, …, at level 3 since 2020, snapshot 31 March 2025.</summary>
    private static string Team(string code, int women, int men) =>
        "organisation_code,snapshot_date,employee_ref,job_family,level,start_date,gender\n"
        + string.Concat(Enumerable.Range(1, women + men).Select(i => $"{code},2025-03-31,P{i},it,3,2020-01-06,{(i <= women ? "female" : "male")}\n"));
}
