using EidAnalytics.Core.Statistics;

namespace EidAnalytics.Core.Tests.Statistics;

public class PayQuartilesTests
{
    [Fact]
    public void Eight_distinct_rates_fall_two_to_a_section()
    {
        // ranked: £1 W, £2 W | £3 M, £4 M | £5 W, £6 M | £7 M, £8 M
        var sections = PayQuartiles.Split([1, 2, 5], [3, 4, 6, 7, 8]);

        Assert.Equal([new(2, 2), new(2, 0), new(2, 1), new(2, 0)], sections);
    }

    [Fact]
    public void When_the_count_is_not_a_multiple_of_four_the_upper_sections_take_the_extra_people()
    {
        // n = 10: edges 0, ⌊10/4⌋ = 2, ⌊20/4⌋ = 5, ⌊30/4⌋ = 7, 10 → sizes 2, 3, 2, 3
        var sections = PayQuartiles.Split([], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

        Assert.Equal([2, 3, 2, 3], sections.Select(s => s.Size));
    }

    [Fact]
    public void People_on_one_rate_straddling_boundaries_keep_the_same_women_men_mix_in_each_section()
    {
        // Six people on £10 (2 women, 4 men) fill ranks 0–5, then two men on £20. Sections of 2:
        // sections 1, 2 and 3 each take 2 of the £10 group, so each gets 2 × 2/6 = 0.666667 women (a third,
        // the group's mix); section 4 takes the two men.
        var sections = PayQuartiles.Split([10, 10], [10, 10, 10, 10, 20, 20]);

        Assert.Equal(0.666667, sections[0].Women, 1e-6);
        Assert.Equal(0.666667, sections[1].Women, 1e-6);
        Assert.Equal(0.666667, sections[2].Women, 1e-6);
        Assert.Equal(0.0, sections[3].Women);
    }

    [Fact]
    public void A_tied_group_inside_one_section_counts_whole_people()
    {
        // ranked: £5 W, £5 W | £6 M, £7 M | £8 M, £9 M | £10 W, £11 M: the £5 pair fills section 1 exactly
        var sections = PayQuartiles.Split([5, 5, 10], [6, 7, 8, 9, 11]);

        Assert.Equal([new(2, 2), new(2, 0), new(2, 0), new(2, 1)], sections);
    }

    [Fact]
    public void Fewer_than_four_people_leave_the_lower_sections_empty()
    {
        // n = 3: edges 0, 0, 1, 2, 3 → sizes 0, 1, 1, 1
        var sections = PayQuartiles.Split([7, 9], [8]);

        Assert.Equal([new(0, 0), new(1, 1), new(1, 0), new(1, 1)], sections);
    }

    [Theory]
    [InlineData(new[] { 3.0, 1.0 }, new[] { 2.0, 4.0 })]
    [InlineData(new[] { 1.0 }, new[] { double.NaN })]
    public void Pay_that_is_unsorted_or_not_a_number_is_refused(double[] women, double[] men) =>
        Assert.Throws<ArgumentException>(() => PayQuartiles.Split(women, men));
}
