namespace EidAnalytics.Core.Extracts;

/// <summary>
/// Where <see cref="ExtractParser.Parse(Stream, ExtractReadOptions, IRecordSink, CancellationToken)"/> hands each valid row as it
/// reads, for a caller that stores rows as they stream past instead of keeping them all (the web host's COPY).
/// </summary>
public interface IRecordSink
{
    /// <summary>A valid row, in file order.</summary>
    void Add(EmployeeRecord record);

    /// <summary>The file has a problem and will be rejected whole: nothing added may be kept, and nothing more is added.</summary>
    void Reject();
}
