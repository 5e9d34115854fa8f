namespace EidAnalytics.Core.Metrics;

/// <summary>The words a <see cref="MetricValue.Category"/> may hold.</summary>
public static class MetricCategories
{
    /// <summary>Baseline band: the women share's 95% interval lies wholly below the band's lower end.</summary>
    public const string Below = "below";

    /// <summary>Baseline band: the interval overlaps the band.</summary>
    public const string Within = "within";

    /// <summary>Baseline band: the interval lies wholly above the band's upper end.</summary>
    public const string Above = "above";

    /// <summary>Four-fifths rule: women's rate is below 0.80 of men's.</summary>
    public const string Adverse = "adverse";

    /// <summary>Four-fifths rule: the ratio is from 0.80 to 1.25 inclusive.</summary>
    public const string NonAdverse = "non_adverse";

    /// <summary>
    /// Four-fifths rule read the other way: men's rate is below 0.80 of women's (ratio above 1.25). Named
    /// for what it describes, not as good or bad.
    /// </summary>
    public const string HigherForWomen = "higher_for_women";
}
