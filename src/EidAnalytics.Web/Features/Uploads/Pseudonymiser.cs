using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
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
        var key = Convert.FromBase64String(text.Trim());
        return key.Length >= 32 ? key : throw new ValidationException("The pseudonymisation key must be at least 32 bytes.");
    }
}

/// <summary>
/// Replaces an employer's employee reference with HMAC-SHA256(key, organisation code + ref).
/// The same person keeps the same pseudonym across an organisation's snapshots, so people can be
/// followed over time without their reference being stored; without the key a pseudonym cannot be
/// reversed or recomputed from a guessed reference.
/// </summary>
public sealed class Pseudonymiser(IOptions<PseudonymisationOptions> options)
{
    private readonly byte[] _key = options.Value.ReadKey();

    public byte[] Pseudonymise(string organisationCode, string employeeRef)
    {
        var input = Encoding.UTF8.GetBytes($"{organisationCode}\n{employeeRef}");
        return HMACSHA256.HashData(_key, input);
    }
}
