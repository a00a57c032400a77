using System.Text;

using NSec.Cryptography;

namespace ChatBot.Testing;

/// <summary>A real Ed25519 key pair made per test, signing the way Discord does: timestamp + raw body.</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly Key key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    public string PublicKeyHex => Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public string Sign(string timestamp, string body) => Sign(timestamp, Encoding.UTF8.GetBytes(body));

    public string Sign(string timestamp, byte[] body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));

    public void Dispose() => key.Dispose();
}
