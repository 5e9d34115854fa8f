namespace EidAnalytics.Core.Metrics;

/// <summary>Every scope's metrics for one organisation at one snapshot date.</summary>
public sealed record OrganisationMetrics(string OrganisationCode, DateOnly SnapshotDate, IReadOnlyList<ScopeMetrics> Scopes);
