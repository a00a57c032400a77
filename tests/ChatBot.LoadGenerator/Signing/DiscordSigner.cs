using System.Text;

using NSec.Cryptography;

namespace ChatBot.LoadGenerator.Signing;

/// <summary>A fresh Ed25519 key pair per run, signing the way Discord does: timestamp + raw body.</summary>
internal sealed class DiscordSigner : IDisposable
{
    private readonly Key key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    public string PublicKeyHex => Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public string Sign(string timestamp, byte[] body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));

    public void Dispose() => key.Dispose();
}
