using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Cli.Samples;

/// <summary>A person's row in one extract, with the date of birth that HR systems export instead of an age band.</summary>
public sealed record SampleRow(EmployeeRecord Record, DateOnly BirthDate);
