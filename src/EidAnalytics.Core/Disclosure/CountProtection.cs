namespace EidAnalytics.Core.Disclosure;

/// <summary>
/// How a true count becomes the count published outside its organisation. The service uses the cell key method;
/// rounding to base 5 is the alternative ADR 0007 measures it against, and a setting can switch to it.
/// </summary>
public abstract class CountProtection
{
    /// <summary>The method's name as releases state it: <c>cell-key</c> or <c>base-5-rounding</c>.</summary>
    public abstract string Method { get; }

    /// <summary>The published count of a cell with this true count and cell key (the key is ignored by rounding).</summary>
    public abstract long Publish(long count, int cellKey);

    /// <summary>The protection the options ask for.</summary>
    public static CountProtection For(DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Method switch
        {
            DisclosureOptions.CellKey => new CellKeyPerturbation(new PerturbationTable(options.Threshold)),
            DisclosureOptions.Rounding => new RoundingToBase(5),
            _ => throw new ArgumentException($"Unknown disclosure method '{options.Method}'.", nameof(options)),
        };
    }
}

/// <summary>The cell key method: the count plus the change its row of the <see cref="PerturbationTable"/> gives for the cell key.</summary>
public sealed class CellKeyPerturbation(PerturbationTable table) : CountProtection
{
    public override string Method => DisclosureOptions.CellKey;

    public PerturbationTable Table => table;

    public override long Publish(long count, int cellKey) => table.Publish(count, cellKey);
}

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
