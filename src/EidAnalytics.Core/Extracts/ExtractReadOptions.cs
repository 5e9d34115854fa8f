namespace EidAnalytics.Core.Extracts;

/// <summary>Limits and checks for reading one extract. The defaults have no size or row limit.</summary>
public sealed record ExtractReadOptions
{
    /// <summary>The largest file accepted, in bytes, counted while reading; null for no limit.</summary>
    public long? MaxBytes { get; init; }

    /// <summary>The most data rows accepted (the header is not counted); null for no limit.</summary>
    public int? MaxRows { get; init; }

    /// <summary>How many problems are kept for the report; <see cref="ParsedExtract.ProblemCount"/> still counts them all.</summary>
    public int MaxProblems { get; init; } = 1000;

    /// <summary>When set, every row's <c>organisation_code</c> must be this code (an upload on behalf of one organisation).</summary>
    public string? ExpectedOrganisationCode { get; init; }
}
