using EidAnalytics.Cli.Analyse;
using EidAnalytics.Cli.Tests.Samples;
using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Cli.Tests.Analyse;

[Collection(nameof(GeneratedSamples))]
public sealed class AnalyseWithProfileTests(GeneratedSamples samples)
{
    [Fact]
    public void Analysing_an_HR_report_with_its_profile_gives_the_json_of_the_same_people_in_the_standard()
    {
        var report = new FileInfo(Path.Combine(samples.Folder, "extracts", "E06999003_2025-03-31.itrent.csv"));
        var standard = new FileInfo(Path.Combine(samples.Folder, "E06999003_2025-03-31.csv"));
        File.WriteAllBytes(standard.FullName, samples.Extracts.Single(e => e.Name == report.Name).Bytes);
        var fromReport = new FileInfo(Path.GetTempFileName());
        var fromStandard = new FileInfo(Path.GetTempFileName());
        try
        {
            var profile = AnalyseCommand.LoadProfile(Path.Combine(samples.Folder, "profiles", "E06999003_itrent.json"));

            // The organisation and the snapshot date come from the report's name.
            var exit = AnalyseCommand.Run([report], fromReport, MetricOptions.Default, TextWriter.Null, TextWriter.Null, new AnalyseCommand.Input(profile, null, null));
            AnalyseCommand.Run([standard], fromStandard, MetricOptions.Default, TextWriter.Null, TextWriter.Null);

            Assert.Equal(0, exit);
            Assert.Equal(File.ReadAllText(fromStandard.FullName), File.ReadAllText(fromReport.FullName));
        }
        finally
        {
            File.Delete(standard.FullName);
            fromReport.Delete();
            fromStandard.Delete();
        }
    }

    [Fact]
    public void A_messy_file_is_reported_on_stderr_grouped_then_row_by_row_with_the_invalid_input_exit_code()
    {
        var file = new FileInfo(Path.Combine(samples.Folder, "messy", "E06999003_2025-03-31_unknown-codes.itrent.csv"));
        using var stderr = new StringWriter();

        var exit = AnalyseCommand.Run([file], null, MetricOptions.Default, TextWriter.Null, stderr,
            new AnalyseCommand.Input(AnalyseCommand.LoadProfile(Path.Combine(samples.Folder, "profiles", "E06999003_itrent.json")), null, null));

        Assert.Equal(AnalyseCommand.InvalidInput, exit);
        Assert.Contains("row 5, level 'Band Z': grade Band Z has no level in the mapping profile 'itrent'", stderr.ToString());
    }

    [Fact]
    public void A_profile_that_is_neither_built_in_nor_a_file_is_refused_naming_the_built_in_ones()
    {
        var error = Assert.Throws<Core.Extracts.Mapping.MappingProfileException>(() => AnalyseCommand.LoadProfile("peoplesoft"));

        Assert.Equal("there is no built-in profile called peoplesoft (itrent, oracle-hcm, successfactors, resourcelink, unit4) and no such file", Assert.Single(error.Problems));
    }
}
