using EidAnalytics.Core.Charts;

namespace EidAnalytics.Core.Tests.Charts;

public class ChartHelperTests
{
    [Theory]
    [InlineData(0.2997, 0.3)]
    [InlineData(0.30, 0.3)]
    [InlineData(0.3001, 0.4)]
    [InlineData(0.0, 0.1)]
    [InlineData(1.4, 1.0)]
    public void Share_axis_ends_at_the_next_ten_percent_between_10_and_100(double highest, double expected)
    {
        Assert.Equal(expected, ValueAxis.Fit(ValueFormat.Percent, [highest]).Max, 9);
    }

    [Theory]
    [InlineData(3.1, 4, 1)]
    [InlineData(1.62, 2, 0.5)]
    [InlineData(1.5, 1.5, 0.5)]
    [InlineData(0.42, 0.5, 0.1)]
    [InlineData(0.0, 1, 0.2)]
    public void Ratio_axis_ends_on_a_whole_step_of_1_2_2_5_or_5(double highest, double max, double step)
    {
        var axis = ValueAxis.Fit(ValueFormat.Ratio, [highest]);

        Assert.Equal(max, axis.Max, 9);
        Assert.Equal(step, axis.Step, 9);
    }

    [Fact]
    public void Count_axis_never_steps_by_less_than_one()
    {
        var axis = ValueAxis.Fit(ValueFormat.Count, [3]);

        Assert.Equal([0.0, 1, 2, 3], axis.Ticks());
    }

    [Fact]
    public void Non_finite_numbers_do_not_stretch_an_axis()
    {
        Assert.Equal(0.3, ValueAxis.Fit(ValueFormat.Percent, [0.25, double.PositiveInfinity, double.NaN]).Max, 9);
    }

    [Theory]
    [InlineData(0.1875, ValueFormat.Percent, "18.8%")]
    [InlineData(0.125, ValueFormat.Percent, "12.5%")]
    [InlineData(0.0, ValueFormat.Percent, "0.0%")]
    [InlineData(1, ValueFormat.Percent, "100.0%")]
    [InlineData(1.25, ValueFormat.Ratio, "1.25")]
    [InlineData(0.8, ValueFormat.Ratio, "0.80")]
    [InlineData(1250, ValueFormat.Count, "1,250")]
    [InlineData(12.5, ValueFormat.Count, "12.5")]
    public void Values_are_written_as_people_read_them(double value, ValueFormat format, string expected)
    {
        Assert.Equal(expected, ChartFormat.Value(value, format));
    }

    [Fact]
    public void Band_legend_drops_needless_decimals()
    {
        Assert.Equal("Baseline band 12–16%", ChartFormat.Band(new ReferenceBand(0.12, 0.16), ValueFormat.Percent));
        Assert.Equal("Baseline band 12.5–16%", ChartFormat.Band(new ReferenceBand(0.125, 0.16), ValueFormat.Percent));
    }

    [Theory]
    [InlineData(12.345, "12.35")]
    [InlineData(-0.001, "0")]
    [InlineData(640, "640")]
    public void Svg_numbers_have_at_most_two_decimals_and_no_negative_zero(double value, string expected)
    {
        Assert.Equal(expected, SvgWriter.Number(value));
    }

    [Fact]
    public void Wrapping_breaks_at_spaces_and_after_slashes_in_a_word_too_long_for_the_line()
    {
        // 13 px text is estimated at 7.28 px a character: 11 characters fit in 86 px.
        Assert.Equal(["3", "Practitioner"], TextFit.Wrap("3 Practitioner", 86, 13));
        Assert.Equal(["5 Lead/", "principal"], TextFit.Wrap("5 Lead/principal", 86, 13));
        Assert.Equal(["1 Trainee"], TextFit.Wrap("1 Trainee", 86, 13));
    }

    [Fact]
    public void Truncation_keeps_short_text_and_shortens_long_text_with_an_ellipsis()
    {
        Assert.Equal("Camden", TextFit.Truncate("Camden", 80, 13));
        Assert.Equal("Kensingt…", TextFit.Truncate("Kensington and Chelsea", 72.8, 13));
    }
}
