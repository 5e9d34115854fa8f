namespace EidAnalytics.Web.Data;

public enum UploadStatus { Queued, Validating, Loaded, Failed, Unchanged, NeedsMapping }
