namespace EidAnalytics.Core.Disclosure;

/// <summary>
/// HESA's standard rounding: a count is rounded to the nearest multiple of the base, 0–2 becoming 0 (HESA, "Rounding
/// and suppression to anonymise statistics"). Deterministic, so differences of rounded counts are multiples of 5.
/// </summary>
public sealed class RoundingToBase(int @base) : CountProtection
{
    public override string Method => DisclosureOptions.Rounding;

    public override long Publish(long count, int cellKey)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return (count + (@base / 2)) / @base * @base;
    }
}
