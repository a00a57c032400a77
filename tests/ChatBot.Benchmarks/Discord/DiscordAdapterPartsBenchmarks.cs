using System.Text;
using System.Text.Json;

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

using ChatBot.Core.Commands;
using ChatBot.Core.Storage;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Security;
using ChatBot.Discord.Wire;

using Microsoft.Extensions.Options;

using NSec.Cryptography;

namespace ChatBot.Benchmarks.Discord;

/// <summary>Where an interaction's time goes inside the adapter: signature, parse, render, serialise.</summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class DiscordAdapterPartsBenchmarks
{
    private const string Body = """{"id":"200000000000000001","application_id":"100000000000000001","type":2,"token":"token","version":1,"guild_id":"300000000000000001","channel_id":"400000000000000001","member":{"user":{"id":"600000000000000001","username":"researcher"},"roles":[],"permissions":"2048"},"data":{"id":"700000000000000001","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"When did the five abductees return to Japan?"}]}}""";
    private readonly Reply reply = CannedReply.Answer;
    private InteractionAuthenticator verifier = null!;
    private byte[] signedMessage = [];
    private string signature = "";
    private string timestamp = "";
    private InteractionResponse response = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var options = Options.Create(new DiscordOptions { PublicKey = Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)), SignatureMaxAge = TimeSpan.Zero });
        verifier = new InteractionAuthenticator(options, TimeProvider.System, new InMemoryReplayStore(TimeProvider.System));
        timestamp = "1700000000";
        signedMessage = Encoding.UTF8.GetBytes(timestamp + Body);
        signature = Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, signedMessage));
        response = new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, ReplyRenderer.Render(reply).ToCallbackData());
    }

    [Benchmark]
    public bool VerifySignature() => verifier.IsValid(signature, timestamp, signedMessage);

    [Benchmark]
    public Interaction? ParseInteraction() => JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(Body), DiscordJsonContext.Default.Interaction);

    [Benchmark]
    public RenderedMessage RenderAnswer() => ReplyRenderer.Render(reply);

    [Benchmark]
    public byte[] SerializeResponse() => JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.InteractionResponse);

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }
}
