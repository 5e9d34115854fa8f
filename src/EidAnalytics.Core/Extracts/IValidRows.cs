namespace EidAnalytics.Core.Extracts;

/// <summary>Where <see cref="ExtractValidator"/> puts each row it finds valid, for as long as nothing in the file is wrong.</summary>
internal interface IValidRows
{
    /// <summary>A valid row: its organisation, its employee_ref and grade (trimmed UTF-8, the grade empty when blank) and its other values.</summary>
    void Add(string organisationCode, ReadOnlySpan<byte> employeeRef, ReadOnlySpan<byte> grade, in EmployeeFacts facts);

    /// <summary>The file has a problem and will be rejected whole: what was added will not be used.</summary>
    void Reject();
}
