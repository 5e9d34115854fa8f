namespace EidAnalytics.Web.Data;

public sealed class Organisation
{
    public long Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>One of <c>OrganisationTypes</c>; the database default until the reference list says otherwise.</summary>
    public string Type { get; set; } = Core.Organisations.OrganisationTypes.OtherPublicBody;
    public string? Region { get; set; }
    public int? ItTeamSize { get; set; }
    public int? WorkforceSize { get; set; }

    /// <summary>An admin's edit wins over the reference list seeded at start-up.</summary>
    public bool EditedByAdmin { get; set; }

    public Core.Organisations.OrganisationEntry ToEntry() => new(Code, Name, Type, Region, ItTeamSize, WorkforceSize);
}
