using EidAnalytics.Benchmarks.Figures;
using EidAnalytics.Benchmarks.Report;

namespace EidAnalytics.Benchmarks.Tests;

/// <summary>The bench's arithmetic, worked by hand: what awk and printf wrote before it moved to C#.</summary>
public sealed class FiguresTests
{
    [Fact]
    public void The_median_of_an_odd_number_of_runs_is_the_middle_run_as_written()
    {
        Assert.Equal("2.030", Median.Of(["2.10", "2.030", "1.9"]));
    }

    [Fact]
    public void The_median_of_an_even_number_of_runs_is_the_mean_of_the_middle_two()
    {
        Assert.Equal("464.5", Median.Of(["470", "464", "465", "400"]));
        Assert.Equal("2", Median.Of(["1.5", "2.5"]));
    }

    [Fact]
    public void The_median_of_no_runs_is_zero()
    {
        Assert.Equal("0", Median.Of([]));
    }

    [Fact]
    public void The_median_orders_by_value_not_by_text()
    {
        Assert.Equal("10", Median.Of(["100", "9", "10"]));
    }

    [Theory]
    [InlineData(0.125, 2, "0.12")]
    [InlineData(0.375, 2, "0.38")]
    [InlineData(2.5, 0, "2")]
    [InlineData(3.5, 0, "4")]
    [InlineData(1.005, 2, "1.00")]
    [InlineData(70.00000000000001, 0, "70")]
    [InlineData(23.456, 1, "23.5")]
    [InlineData(double.PositiveInfinity, 2, "inf")]
    public void Fixed_decimals_round_as_printf_does(double value, int digits, string expected)
    {
        Assert.Equal(expected, CNumberFormat.Fixed(value, digits));
    }

    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(7.0, "7")]
    [InlineData(2.0 / 3, "0.666667")]
    [InlineData(1234567.5, "1.23457e+06")]
    [InlineData(0.0000123, "1.23e-05")]
    [InlineData(999999.5, "1e+06")]
    public void A_computed_number_is_written_as_awk_writes_it(double value, string expected)
    {
        Assert.Equal(expected, CNumberFormat.Awk(value));
    }

    [Theory]
    [InlineData("0.78", "1.0", "**met**")]
    [InlineData("1.0", "1.0", "**met**")]
    [InlineData("11.29", "3.0", "**not met**")]
    [InlineData("—", "200", "not measured")]
    [InlineData("", "200", "not measured")]
    public void A_target_is_met_at_or_under_its_limit(string figure, string limit, string expected)
    {
        Assert.Equal(expected, BenchResults.Verdict(figure, limit));
    }

    [Fact]
    public void A_ratio_has_two_decimals_and_a_dash_when_either_figure_is_missing()
    {
        var results = new BenchResults(new Dictionary<string, string> { ["a"] = "1.58", ["b"] = "2.03", ["zero"] = "0", ["empty"] = "" });

        Assert.Equal("0.78", results.Ratio("a", "b"));
        Assert.Equal("inf", results.Ratio("a", "zero"));
        Assert.Equal("—", results.Ratio("a", "empty"));
        Assert.Equal("—", results.Ratio("a", "missing"));
    }

    [Fact]
    public void The_slowest_page_is_the_largest_of_its_figures()
    {
        var results = new BenchResults(new Dictionary<string, string>
        {
            ["cross_national_cold_ms"] = "2464", ["cross_report_pdf_cold_ms"] = "7106", ["cross_region_cold_ms"] = "980",
            ["cross_national_warm_median_ms"] = "34",
        });

        Assert.Equal("7106", results.Slowest("cold_ms"));
        Assert.Equal("34", results.Slowest("warm_median_ms"));
        Assert.Equal("—", results.Slowest("bytes"));
    }

    [Fact]
    public void A_peak_names_the_service_and_the_browser()
    {
        var results = new BenchResults(new Dictionary<string, string> { ["p"] = "642 1403" });

        Assert.Equal("642 MB service, 1403 MB browser", results.Peak("p"));
        Assert.Equal("—", results.Peak("missing"));
    }
}
