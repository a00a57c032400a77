using System.Net;
using ChatBot.Ingest.Fetching;

namespace ChatBot.UnitTests.Ingest.Fetching;

public sealed class NetworkAddressClassifierTests
{
    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("10.255.255.255")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.1")]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("169.254.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("0.0.0.0")]
    [InlineData("100.64.0.1")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("febf::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.1.2.3")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("2002:c0a8:0101::1")]
    public void WhyRefused_RefusesNonPublicAddresses(string address) =>
        Assert.NotNull(NetworkAddressClassifier.WhyRefused(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("169.253.1.1")]
    [InlineData("11.0.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:93.184.216.34")]
    public void WhyRefused_AllowsPublicAddresses(string address) =>
        Assert.Null(NetworkAddressClassifier.WhyRefused(IPAddress.Parse(address)));

    [Fact]
    public void WhyRefused_NamesTheMetadataAddress() =>
        Assert.Equal("a cloud metadata address", NetworkAddressClassifier.WhyRefused(IPAddress.Parse("169.254.169.254")));
}
