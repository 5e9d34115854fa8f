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
    /// tied group of size g with w women is its overlap c with the group, counted as c·w/g women. Linear in n:
    /// the ranking is the merge of the two sorted inputs.
    /// </summary>
    /// <param name="womenAscending">Women's hourly pay, sorted ascending.</param>
    /// <param name="menAscending">Men's hourly pay, sorted ascending.</param>
    public static QuartileSection[] Split(ReadOnlySpan<double> womenAscending, ReadOnlySpan<double> menAscending)
    {
        var n = womenAscending.Length + menAscending.Length;
        Span<int> edges = [0, n / 4, n / 2, 3 * n / 4, n];
        var women = new double[4];
        int w = 0, m = 0;
        for (var groupStart = 0; groupStart < n;)
        {
            var rate = w < womenAscending.Length && (m == menAscending.Length || womenAscending[w] <= menAscending[m])
                ? womenAscending[w]
                : menAscending[m];
            var womenInGroup = 0;
            for (; w < womenAscending.Length && womenAscending[w] == rate; w++)
            {
                womenInGroup++;
            }
            var menInGroup = 0;
            for (; m < menAscending.Length && menAscending[m] == rate; m++)
            {
                menInGroup++;
            }
            if (womenInGroup + menInGroup == 0
                || (w < womenAscending.Length && womenAscending[w] < rate)
                || (m < menAscending.Length && menAscending[m] < rate))
            {
                throw new ArgumentException("Pay must be numbers sorted ascending.", nameof(womenAscending));
            }

            var groupSize = womenInGroup + menInGroup;
            var groupEnd = groupStart + groupSize;
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
