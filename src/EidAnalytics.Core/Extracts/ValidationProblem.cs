namespace EidAnalytics.Core.Extracts;

/// <summary>
/// One thing wrong with an extract, in words a council's HR officer can act on. <see cref="Row"/>
/// is the line number in the file (the header is row 1); 0 means the file as a whole.
/// </summary>
public sealed record ValidationProblem(int Row, string Column, string Value, string Reason);
