namespace EidAnalytics.Web.Features.Uploads;

/// <summary>The file was larger than the configured limit; nothing was kept.</summary>
public sealed class FileTooLargeException(long limit)
    : Exception($"The file is larger than the limit of {limit / (1024 * 1024)} MB.")
{
    public long Limit { get; } = limit;
}
