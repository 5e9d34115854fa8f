namespace EidAnalytics.Web.Data;

public sealed class Organisation
{
    public long Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>One of <c>OrganisationTypes</c>; the database default until the reference list says otherwise.</summary>
    public string Type { get; set; } = Core.Organisations.OrganisationTypes.OtherPublicBody;
    public string? Region { get; set; }
    public int? ItTeamSize { get; set; }
    public int? WorkforceSize { get; set; }

    /// <summary>An admin's edit wins over the reference list seeded at start-up.</summary>
    public bool EditedByAdmin { get; set; }

    public Core.Organisations.OrganisationEntry ToEntry() => new(Code, Name, Type, Region, ItTeamSize, WorkforceSize);
}

/// <summary>A benchmark value entered by an admin, with its source.</summary>
public sealed class Benchmark
{
    public long Id { get; set; }
    public required string MetricId { get; set; }
    public required string Name { get; set; }
    public double Value { get; set; }
    public required string Source { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A rendered benchmark report PDF: national, one region's or one council type's.</summary>
public sealed class BenchmarkReport
{
    public Guid Id { get; set; }
    public required string Scope { get; set; }
    public required string ScopeKey { get; set; }
    public DateOnly SnapshotDate { get; set; }
    public required string RequestKey { get; set; }
    public DateTimeOffset RenderedAt { get; set; }
    public int PageCount { get; set; }
    public required byte[] Pdf { get; set; }
}

public enum UploadStatus { Queued, Validating, Loaded, Failed, Unchanged, NeedsMapping }

public sealed class Upload
{
    public Guid Id { get; set; }
    public long OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string FileName { get; set; }
    public required string StoredName { get; set; }
    public required byte[] ContentHash { get; set; }
    public long SizeBytes { get; set; }
    public UploadStatus Status { get; set; }
    public string? StatusMessage { get; set; }
    public int ProblemCount { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public long? DatasetVersionId { get; set; }
    public DatasetVersion? DatasetVersion { get; set; }
    public List<UploadProblem> Problems { get; set; } = [];
    public List<UploadProblemGroup> ProblemGroups { get; set; } = [];

    /// <summary>The mapping profile the file is read with: its name, and its JSON as it was when the upload was queued.</summary>
    public string? ProfileName { get; set; }
    public string? Profile { get; set; }

    /// <summary>The snapshot date given with the upload, for files that carry none.</summary>
    public DateOnly? SnapshotDate { get; set; }

    /// <summary>What the uploader said the file is; null to work it out from its job families.</summary>
    public ExtractKind? ExtractKind { get; set; }

    public bool IsFinished => Status is UploadStatus.Loaded or UploadStatus.Failed or UploadStatus.Unchanged;
}

public sealed class UploadProblem
{
    public Guid UploadId { get; set; }
    public int Ordinal { get; set; }
    public int RowNumber { get; set; }
    public required string ColumnName { get; set; }
    public required string Value { get; set; }
    public required string Reason { get; set; }
    public required string Kind { get; set; }
}

/// <summary>Problems of one sort in a rejected upload, counted in full (Core's <c>ProblemGroup</c>).</summary>
public sealed class UploadProblemGroup
{
    public Guid UploadId { get; set; }
    public int Ordinal { get; set; }
    public required string Kind { get; set; }
    public required string ColumnName { get; set; }
    public required string Value { get; set; }
    public int Count { get; set; }
    public required int[] SampleRows { get; set; }
    public required string Summary { get; set; }
}

/// <summary>An organisation's own mapping profile; <see cref="Document"/> is its JSON (docs/mapping-profiles.md).</summary>
public sealed class OrganisationProfile
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public required string Name { get; set; }
    public required string Document { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The mapping wizard's answers so far for an upload: the draft profile, as JSON.</summary>
public sealed class MappingDraft
{
    public Guid UploadId { get; set; }
    public required string Profile { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum ExtractKind { ItTeam, WholeOrganisation }

public sealed class DatasetVersion
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public Guid UploadId { get; set; }
    public DateOnly SnapshotDate { get; set; }
    public int Version { get; set; }
    public required byte[] ContentHash { get; set; }
    public int RowCount { get; set; }
    public ExtractKind ExtractKind { get; set; }
    public string? ProfileName { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
    public List<DatasetMetric> Metrics { get; set; } = [];
}

/// <summary>A pseudonymised employee row; loaded with binary COPY, read for record-level views.</summary>
public sealed class Employee
{
    public long DatasetVersionId { get; set; }
    public required byte[] Pseudonym { get; set; }
    public required string JobFamily { get; set; }
    public short Level { get; set; }
    public string? Grade { get; set; }
    public double Fte { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? LevelStartDate { get; set; }
    public DateOnly? LastPromotionDate { get; set; }
    public DateOnly? LeaveDate { get; set; }
    public string? LeaveReason { get; set; }
    public required string Gender { get; set; }
    public string? Ethnicity { get; set; }
    public string? Disability { get; set; }
    public string? AgeBand { get; set; }
    public string? WorkingPattern { get; set; }
    public double? HourlyPay { get; set; }
    public double? BonusPay { get; set; }
}

/// <summary>A dataset version's base cells for disclosure control (Core's <c>DisclosureCells</c>), stored at ingest.</summary>
public sealed class DatasetCell
{
    public long DatasetVersionId { get; set; }
    public required int[] Counts { get; set; }
    public required short[] Keys { get; set; }
}

/// <summary>One figure of the stored release: an organisation's or a group's, published (perturbed).</summary>
public sealed class PublishedFigure
{
    public DateOnly SnapshotDate { get; set; }
    public bool IsGroup { get; set; }
    public required string Area { get; set; }
    public required string MetricId { get; set; }
    public DateOnly? DatasetSnapshotDate { get; set; }
    public long? Count { get; set; }
    public long Denominator { get; set; }
    public bool ShareWithheld { get; set; }
    public string? Reason { get; set; }
}

/// <summary>Which release request the stored release answers, with which settings.</summary>
public sealed class ReleaseState
{
    public int Id { get; set; }
    public long PublishedGeneration { get; set; }
    public required string Settings { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
}

/// <summary>One stored figure of a dataset version (the Core <c>MetricValue</c> plus its scope).</summary>
public sealed class DatasetMetric
{
    public long DatasetVersionId { get; set; }
    public required string Scope { get; set; }
    public required string MetricId { get; set; }
    public double? Value { get; set; }
    public double? Numerator { get; set; }
    public double? Denominator { get; set; }
    public double? CiLow { get; set; }
    public double? CiHigh { get; set; }
    public string? Category { get; set; }
    public string? Reason { get; set; }
    public double? Unadjusted { get; set; }
}

/// <summary>A scope's flows by level (Core's <c>LevelFlow</c>, ten counts per level), the projection's input, stored at ingest.</summary>
public sealed class DatasetFlow
{
    public long DatasetVersionId { get; set; }
    public required string Scope { get; set; }
    public required int[] Counts { get; set; }
}

public sealed class Briefing
{
    public Guid Id { get; set; }
    public long OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public long DatasetVersionId { get; set; }
    public DatasetVersion? DatasetVersion { get; set; }
    public required string RequestKey { get; set; }
    public DateTimeOffset RenderedAt { get; set; }
    public int PageCount { get; set; }
    public required byte[] Pdf { get; set; }
}

/// <summary>A person who signs in. Uploader and viewer accounts belong to one organisation.</summary>
public sealed class EidUser : Microsoft.AspNetCore.Identity.IdentityUser<Guid>
{
    public required string DisplayName { get; set; }
    public long? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A token a council system uploads with; only its SHA-256 is kept.</summary>
public sealed class ApiToken
{
    public Guid Id { get; set; }
    public long OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string Name { get; set; }
    public required byte[] TokenHash { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>One entry of the audit log: append-only for the application's database role.</summary>
public sealed class AuditEvent
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    public string? OrganisationCode { get; set; }
    public required string Action { get; set; }
    public required string Target { get; set; }
    public string? IpAddress { get; set; }
    public string? UserAgent { get; set; }
    public string? Detail { get; set; }
}
