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
