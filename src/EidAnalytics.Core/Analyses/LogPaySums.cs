namespace EidAnalytics.Core.Analyses;

/// <summary>
/// The count, sum and sum of squares of ln(hourly pay) over one covariate cell, in fixed point: each log is
/// rounded to a multiple of 2⁻³² (an error below 10⁻⁹, far inside a penny) and summed as a 128-bit integer.
/// Integer sums do not depend on the order of the rows, so a file read in parts gives the very bits a reading
/// in one go gives, and n·Σq² − (Σq)² is exact, so the within-cell sum of squares suffers no cancellation;
/// and the cell keeps three numbers, not every person's pay.
/// </summary>
internal struct LogPaySums
{
    private const double Scale = 4294967296.0;

    private Int128 _sum;
    private Int128 _squares;

    public int Count { get; private set; }

    public void Add(double pay)
    {
        var q = (long)Math.Round(Math.Log(pay) * Scale);
        Count++;
        _sum += q;
        _squares += (Int128)q * q;
    }

    public void AddAll(LogPaySums other)
    {
        Count += other.Count;
        _sum += other._sum;
        _squares += other._squares;
    }

    public readonly double Sum => (double)_sum / Scale;

    public readonly double Mean => Count > 0 ? Sum / Count : 0;

    /// <summary>Σ (ln y − mean)² = (n·Σq² − (Σq)²) / (n · 2⁶⁴).</summary>
    public readonly double WithinSquares => Count > 0 ? (double)(Count * _squares - _sum * _sum) / Count / (Scale * Scale) : 0;
}
