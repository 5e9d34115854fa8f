using System.Security.Cryptography;
using System.Text;

namespace EidAnalytics.Core.Pseudonymisation;

/// <summary>
/// One organisation's pseudonyms for a load of many rows: HMAC-SHA256(key, organisation code + "\n" + ref).
/// The same person keeps the same pseudonym across an organisation's snapshots, so people can be followed over
/// time without their reference being stored; without the key a pseudonym cannot be reversed or recomputed from
/// a guessed reference. The HMAC's key schedule and the code's bytes are prepared once and each pseudonym is
/// computed into the same buffers, so a million rows allocate nothing. Not thread-safe; dispose it after the load.
/// </summary>
public sealed class OrganisationPseudonyms : IDisposable
{
    /// <summary>Longest employee reference hashed from the stack buffer; longer ones (hostile files are rejected before this) get an array.</summary>
    private const int StackLimit = 512;

    private readonly IncrementalHash _hmac;
    private readonly byte[] _prefix;
    private readonly byte[] _pseudonym = new byte[HMACSHA256.HashSizeInBytes];

    /// <param name="key">The pseudonymisation key (at least 32 bytes), which never enters the database.</param>
    /// <param name="organisationCode">The organisation whose references these are.</param>
    public OrganisationPseudonyms(byte[] key, string organisationCode)
    {
        ArgumentNullException.ThrowIfNull(key);
        _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        _prefix = Encoding.UTF8.GetBytes(organisationCode + "\n");
    }

    /// <summary>The reference's pseudonym; the memory is reused by the next call, so copy it (Npgsql's writer does) before then.</summary>
    public ReadOnlyMemory<byte> Pseudonymise(string employeeRef)
    {
        ArgumentNullException.ThrowIfNull(employeeRef);
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
