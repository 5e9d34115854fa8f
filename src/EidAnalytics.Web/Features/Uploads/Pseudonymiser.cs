using System.ComponentModel.DataAnnotations;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Pseudonymisation;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Uploads;

/// <summary>The key behind employee pseudonyms (section Eid:Pseudonymisation). It never enters the database.</summary>
public sealed class PseudonymisationOptions
{
    public const string Section = "Eid:Pseudonymisation";

    /// <summary>The key as base64 (at least 32 bytes), e.g. from a secret store.</summary>
    public string? Key { get; set; }

    /// <summary>A file holding the base64 key; <c>./eid up</c> generates one in .eid/.</summary>
    public string? KeyFile { get; set; }

    internal byte[] ReadKey()
    {
        var text = Key ?? (KeyFile is { } path && File.Exists(path) ? File.ReadAllText(path) : null)
            ?? throw new ValidationException("No pseudonymisation key: set Eid:Pseudonymisation:Key or Eid:Pseudonymisation:KeyFile.");
        try
        {
            return PseudonymKey.Parse(text);
        }
        catch (FormatException e)
        {
            throw new ValidationException(e.Message, e);
        }
    }
}

/// <summary>Makes each load's <see cref="OrganisationPseudonyms"/> and <see cref="RecordKeys"/> from the one key.</summary>
public sealed class Pseudonymiser(IOptions<PseudonymisationOptions> options)
{
    private readonly byte[] _key = options.Value.ReadKey();

    /// <summary>A pseudonymiser for one organisation's load, on one thread.</summary>
    public OrganisationPseudonyms For(string organisationCode) => new(_key, organisationCode);

    /// <summary>The record keys of disclosure control, derived from the same key, for one load on one thread.</summary>
    public RecordKeys RecordKeys() => new(_key);
}
