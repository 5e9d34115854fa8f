using EidAnalytics.Core.Disclosure;
using Xunit.Abstractions;

namespace EidAnalytics.Cli.Tests.Publish;

/// <summary>
/// A release attacked as an outsider would (issue 17): every difference of published figures that equals a small true
/// count is tried, and the attacker's guess — the published difference — must be right for at most half of the true
/// counts of 1–4. The utility promised beside it is checked on the same release. Both methods are measured; the
/// figures are printed for ADR 0008. Run on the 30 sample councils and on the bench's 400.
/// </summary>
public abstract class ReleaseAttackTests(ITestOutputHelper output)
{
    private protected abstract ReleaseData Data { get; }

    [Fact]
    public void No_published_count_of_the_sample_release_is_from_1_to_4()
    {
        foreach (var release in Data.Releases(DisclosureOptions.Default))
        {
            foreach (var area in release.Organisations.Values.Concat(release.Groups.Values))
            {
                foreach (var (metric, figure) in area.Metrics)
                {
                    Assert.False(figure.Count is >= 1 and <= 4, $"{release.Snapshot} {area.Key} {metric}: count {figure.Count}");
                    Assert.False(figure.Denominator is >= 1 and <= 4, $"{release.Snapshot} {area.Key} {metric}: denominator {figure.Denominator}");
                }
            }
        }
    }

    [Fact]
    public void Differencing_the_cell_key_release_guesses_at_most_half_of_the_small_counts()
    {
        var attacks = ReleaseAttacks.Run(Data, DisclosureOptions.Default);
        Print("cell key", attacks);
        Assert.True(attacks.Values.Sum(a => a.Tried) > 100, "the samples should give the attacks material");
        Assert.All(attacks, a => Assert.True(a.Value.Tried == 0 || a.Value.Rate <= 0.5, $"{a.Key}: {a.Value.Right} of {a.Value.Tried}"));
    }

    [Fact]
    public void Rounding_to_base_five_is_measured_on_the_same_attacks_for_the_adr()
    {
        var attacks = ReleaseAttacks.Run(Data, DisclosureOptions.Default with { Method = DisclosureOptions.Rounding });
        Print("base-5 rounding", attacks);
        Assert.All(attacks, a => Assert.True(a.Value.Tried == 0 || a.Value.Rate <= 0.5, $"{a.Key}: {a.Value.Right} of {a.Value.Tried}"));
    }

    [Theory]
    [InlineData(DisclosureOptions.CellKey)]
    [InlineData(DisclosureOptions.Rounding)]
    public void The_release_publishes_what_researchers_came_for(string method)
    {
        var utility = ReleaseUtility.Measure(Data, DisclosureOptions.Default with { Method = method });
        output.WriteLine($"{method}: headline shown in every snapshot for {utility.HeadlineShown} of {utility.HeadlineEligible} councils with 20 or more staff of recorded gender in every snapshot; " +
            $"group counts published {utility.GroupCountsPublished} of {utility.GroupCounts}; councils with 100+: headline shares within 3 points {utility.HeadlineWithin3Points} of {utility.LargeHeadlines}, " +
            $"shares of 100+ people {utility.Within3Points} of {utility.LargeShares}, every shown share {utility.AllWithin3Points} of {utility.AllShares}; trend for {utility.Trends} of {utility.FivePointCouncils} councils with five shown points");
        Assert.True(utility.HeadlineShown >= 0.95 * utility.HeadlineEligible);
        Assert.Equal(utility.GroupCounts, utility.GroupCountsPublished);
        Assert.True(utility.HeadlineWithin3Points >= 0.95 * utility.LargeHeadlines);
        Assert.True(utility.Within3Points >= 0.95 * utility.LargeShares);
        Assert.Equal(utility.FivePointCouncils, utility.Trends);
    }

    private void Print(string method, IReadOnlyDictionary<string, AttackResult> attacks)
    {
        foreach (var (name, result) in attacks)
        {
            output.WriteLine($"{method}: {name}: right {result.Right} of {result.Tried} true counts of 1–4 ({result.Rate:P0})");
        }
        output.WriteLine($"{method}: all: right {attacks.Values.Sum(a => a.Right)} of {attacks.Values.Sum(a => a.Tried)}");
    }
}

/// <summary>How often one attack's guess was right, over the true counts of 1–4 it was tried on.</summary>
internal sealed record AttackResult(int Tried, int Right)
{
    public double Rate => Tried == 0 ? 0 : (double)Right / Tried;
}
