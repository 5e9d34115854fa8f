namespace EidAnalytics.Core.Extracts;

/// <summary>
/// A file read as a table: a header and rows of UTF-8 cells, with no meaning read into them. CSV
/// and XLSX files are read this way, so that the one <see cref="ExtractValidator"/> checks both.
/// </summary>
internal interface ITableReader : IDisposable
{
    /// <summary>Reads the header row; empty for an empty file.</summary>
    /// <exception cref="ExtractReadException">The file cannot be read as far as its header.</exception>
    IReadOnlyList<string> ReadHeader();

    /// <summary>Reads the data rows one at a time, into the same <see cref="ExtractRow"/>.</summary>
    /// <exception cref="ExtractReadException">The file cannot be read any further.</exception>
    IEnumerable<ExtractRow> ReadRows();
}
