using EidAnalytics.Web.Data;

namespace EidAnalytics.Web.Features.Uploads;

/// <summary>
/// A file to receive: for which organisation, what it is called and, optionally, the mapping profile
/// to read it with (the organisation's own or a built-in one, by name), the snapshot date for a file
/// that carries none, and what kind of extract it is.
/// </summary>
public sealed record UploadRequest(
    string OrganisationCode, string FileName, string? ProfileName = null, DateOnly? SnapshotDate = null, ExtractKind? ExtractKind = null);
