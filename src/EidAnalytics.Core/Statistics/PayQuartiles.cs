namespace EidAnalytics.Core.Statistics;

/// <summary>One pay quartile section: how many people it holds and how many of them are women (fractional when tied rates straddle its edges).</summary>
public readonly record struct QuartileSection(int Size, double Women);

/// <summary>
/// Quartile pay bands as the gender pay gap regulations define them: SI 2017/353 (the Equality Act 2010
/// (Specific Duties and Public Authorities) Regulations 2017) Schedule 1 paragraph 13, in the same words as
/// regulation 13 of SI 2017/172.
/// </summary>
public static class PayQuartiles
{
    /// <summary>
    /// Splits n people ranked by hourly pay into four sections of (so far as possible) equal size: section k
    /// (1–4) holds ranks ⌊(k−1)n/4⌋ up to ⌊kn/4⌋, so when n is not a multiple of 4 the upper sections take the
    /// extra people. Where people on the same rate straddle a boundary, paragraph 13(2) asks that the
    /// proportion of women and men on that rate be the same in each section: the k-th section's share of a
    /// tied group of size g with w women is its overlap c with the group, counted as c·w/g women. Linear in n.
    /// </summary>
    /// <param name="ascendingPay">Hourly pay, sorted ascending.</param>
    /// <param name="isWoman">For each person in the same order, whether she is a woman (otherwise a man).</param>
    public static QuartileSection[] Split(ReadOnlySpan<double> ascendingPay, ReadOnlySpan<bool> isWoman)
    {
        if (ascendingPay.Length != isWoman.Length)
        {
            throw new ArgumentException("Every pay value needs a matching gender flag.", nameof(isWoman));
        }

        var n = ascendingPay.Length;
        Span<int> edges = [0, n / 4, n / 2, 3 * n / 4, n];
        var women = new double[4];
        for (var groupStart = 0; groupStart < n;)
        {
            var groupEnd = groupStart;
            var womenInGroup = 0;
            while (groupEnd < n && ascendingPay[groupEnd] == ascendingPay[groupStart])
            {
                womenInGroup += isWoman[groupEnd] ? 1 : 0;
                groupEnd++;
            }
            if (groupEnd < n && ascendingPay[groupEnd] < ascendingPay[groupStart])
            {
                throw new ArgumentException("Pay must be sorted ascending.", nameof(ascendingPay));
            }

            var groupSize = groupEnd - groupStart;
            for (var section = 0; section < 4; section++)
            {
                var overlap = Math.Min(groupEnd, edges[section + 1]) - Math.Max(groupStart, edges[section]);
                if (overlap > 0)
                {
                    women[section] += (double)overlap * womenInGroup / groupSize;
                }
            }
            groupStart = groupEnd;
        }

        var sections = new QuartileSection[4];
        for (var section = 0; section < 4; section++)
        {
            sections[section] = new QuartileSection(edges[section + 1] - edges[section], women[section]);
        }
        return sections;
    }
}
