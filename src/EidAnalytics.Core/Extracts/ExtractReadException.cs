namespace EidAnalytics.Core.Extracts;

/// <summary>
/// Thrown by a table reader when it cannot read any further (the size limit is reached, a row is
/// too long to be a row). The validator turns it into the last problem of the report, after those
/// of the rows read before it.
/// </summary>
internal sealed class ExtractReadException(ValidationProblem problem) : Exception(problem.Reason)
{
    public ValidationProblem Problem { get; } = problem;
}
