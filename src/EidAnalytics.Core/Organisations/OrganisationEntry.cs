namespace EidAnalytics.Core.Organisations;

/// <summary>
/// One organisation of the reference list: its ONS GSS code, name, type (<see cref="OrganisationTypes"/>),
/// region or nation (<see cref="Regions"/>) and, when known, the size features peer groups use.
/// </summary>
public sealed record OrganisationEntry(
    string Code,
    string Name,
    string Type = OrganisationTypes.OtherPublicBody,
    string? Region = null,
    int? ItTeamSize = null,
    int? WorkforceSize = null);
