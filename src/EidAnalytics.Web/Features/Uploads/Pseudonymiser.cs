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

    /// <summary>A pseudonymiser for one organisation's load, on one thread.</summary>
    public OrganisationPseudonyms For(string organisationCode) => new(_key, organisationCode);
}

/// <summary>
/// One organisation's pseudonyms for a load of many rows: the HMAC's key schedule and the
/// organisation code's bytes are prepared once, and each pseudonym is computed into the same
/// buffers, so a million rows allocate nothing. Not thread-safe; dispose it after the load.
/// </summary>
public sealed class OrganisationPseudonyms : IDisposable
{
    /// <summary>Longest employee reference hashed from the stack buffer; longer ones (hostile files are rejected before this) get an array.</summary>
    private const int StackLimit = 512;

    private readonly IncrementalHash _hmac;
    private readonly byte[] _prefix;
    private readonly byte[] _pseudonym = new byte[HMACSHA256.HashSizeInBytes];

    internal OrganisationPseudonyms(byte[] key, string organisationCode)
    {
        _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        _prefix = Encoding.UTF8.GetBytes(organisationCode + "\n");
    }

    /// <summary>The reference's pseudonym; the memory is reused by the next call, so copy it (Npgsql's writer does) before then.</summary>
    public ReadOnlyMemory<byte> Pseudonymise(string employeeRef)
    {
        var length = Encoding.UTF8.GetMaxByteCount(employeeRef.Length);
        Span<byte> reference = length <= StackLimit ? stackalloc byte[StackLimit] : new byte[length];
        var written = Encoding.UTF8.GetBytes(employeeRef, reference);
        _hmac.AppendData(_prefix);
        _hmac.AppendData(reference[..written]);
        _hmac.GetHashAndReset(_pseudonym);
        return _pseudonym;
    }

    public void Dispose() => _hmac.Dispose();
}
