namespace EidAnalytics.Core.Charts;

/// <summary>How a chart writes its values and scales its value axis.</summary>
public enum ValueFormat
{
    /// <summary>A fraction written as a percentage with one decimal ("18.8%"); axis from 0% up to the next 10%.</summary>
    Percent,

    /// <summary>A ratio with two decimals ("1.25"); axis from 0 to a rounded maximum.</summary>
    Ratio,

    /// <summary>A count such as a team size ("1,250"); axis from 0 to a rounded maximum.</summary>
    Count,
}
