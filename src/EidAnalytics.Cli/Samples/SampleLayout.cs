namespace EidAnalytics.Cli.Samples;

/// <summary>The layouts of the sample extracts: the v1 standard as CSV or XLSX, and three HR systems' own.</summary>
public enum SampleLayout
{
    /// <summary>v1 CSV, <c>&lt;code&gt;_&lt;date&gt;.csv</c>.</summary>
    Standard,

    /// <summary>v1 columns in an XLSX sheet with dates stored as dates, <c>&lt;code&gt;_&lt;date&gt;.xlsx</c>.</summary>
    StandardXlsx,

    /// <summary>An iTrent people report as CSV, UK dates, dates of birth, grades; <c>.itrent.csv</c>.</summary>
    ITrent,

    /// <summary>An Oracle HCM report exported to XLSX, dates stored as dates; <c>.oracle-hcm.xlsx</c>.</summary>
    OracleHcm,

    /// <summary>A SuccessFactors report as CSV, dates written 31.03.2025; <c>.successfactors.csv</c>.</summary>
    SuccessFactors,
}
