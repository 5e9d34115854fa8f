namespace EidAnalytics.Web.Data;

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
