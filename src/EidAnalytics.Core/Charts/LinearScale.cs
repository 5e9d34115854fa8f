namespace EidAnalytics.Core.Charts;

/// <summary>Maps data values onto viewBox coordinates along one axis.</summary>
internal readonly record struct LinearScale(double DomainMin, double DomainMax, double RangeStart, double RangeEnd)
{
    public double Map(double value) =>
        RangeStart + ((value - DomainMin) / (DomainMax - DomainMin) * (RangeEnd - RangeStart));

    /// <summary>Maps a value held to the axis, so an interval running off the axis ends at its edge.</summary>
    public double MapClamped(double value) => Map(Math.Clamp(value, DomainMin, DomainMax));

    public bool Contains(double value) => value >= DomainMin && value <= DomainMax;
}
