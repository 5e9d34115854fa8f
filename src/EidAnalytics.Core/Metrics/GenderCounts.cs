using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Core.Metrics;

/// <summary>Head counts of one group of people by gender.</summary>
internal sealed class GenderCounts
{
    private readonly int[] _counts = new int[4];

    public void Add(Gender gender) => _counts[(int)gender]++;

    public int Women => _counts[(int)Gender.Female];

    public int Men => _counts[(int)Gender.Male];

    /// <summary>Everyone whose gender is recorded (female, male or other): the women-share denominator.</summary>
    public int Declared => Women + Men + _counts[(int)Gender.Other];

    /// <summary>Everyone, undisclosed included.</summary>
    public int All => Declared + _counts[(int)Gender.Undisclosed];

    public int Of(Gender gender) => _counts[(int)gender];

    public void AddAll(GenderCounts other)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }
    }
}
