namespace EidAnalytics.Core.Analyses;

/// <summary>
/// xoshiro256** (Blackman D, Vigna S (2021) "Scrambled linear pseudorandom number generators", ACM Trans. Math.
/// Softw. 47(4):36), its state filled from the seed by SplitMix64 as the authors advise. Written out rather than
/// taken from a library because the projection's bootstrap draws tens of thousands of numbers per scope and a
/// virtual call per number would be most of its cost; the same seed gives the same numbers on every platform.
/// </summary>
internal struct SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public SeededRandom(long seed)
    {
        var x = (ulong)seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>Uniform on [0, 1): the top 53 bits of the next output.</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    private ulong Next()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
