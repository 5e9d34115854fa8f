namespace EidAnalytics.Core.Charts;

/// <summary>How a line's intervals are drawn.</summary>
public enum IntervalStyle
{
    /// <summary>Not drawn: many lines on one chart, where whiskers would hide the lines.</summary>
    None,

    /// <summary>A whisker at each point: measured figures, one per snapshot.</summary>
    Whiskers,

    /// <summary>A shaded ribbon between the ends: a modelled range such as a projection's.</summary>
    Ribbon,
}
