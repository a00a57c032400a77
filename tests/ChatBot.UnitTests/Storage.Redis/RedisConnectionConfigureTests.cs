using ChatBot.Storage.Redis;

namespace ChatBot.UnitTests.Storage.Redis;

public sealed class RedisConnectionConfigureTests
{
    [Fact]
    public void Configure_WithoutTimeouts_FallsBackFast()
    {
        var configuration = RedisConnection.Configure("127.0.0.1:6379");

        Assert.Equal(2000, configuration.ConnectTimeout);
        Assert.Equal(1000, configuration.SyncTimeout);
        Assert.Equal(1000, configuration.AsyncTimeout);
        Assert.False(configuration.AbortOnConnectFail);
        Assert.Equal("chatbot", configuration.ClientName);
    }

    [Theory]
    [InlineData("127.0.0.1:6379,syncTimeout=3000", 2000, 3000, 3000)]
    [InlineData("127.0.0.1:6379, SYNCTIMEOUT = 250 ", 2000, 250, 250)]
    [InlineData("127.0.0.1:6379,asyncTimeout=4000", 2000, 1000, 4000)]
    [InlineData("127.0.0.1:6379,connectTimeout=8000,syncTimeout=1500,asyncTimeout=700", 8000, 1500, 700)]
    public void Configure_KeepsTheOperatorsTimeouts(string connectionString, int connect, int sync, int async)
    {
        var configuration = RedisConnection.Configure(connectionString);

        Assert.Equal(connect, configuration.ConnectTimeout);
        Assert.Equal(sync, configuration.SyncTimeout);
        Assert.Equal(async, configuration.AsyncTimeout);
    }

    [Fact]
    public void Configure_KeepsTheOperatorsClientName()
    {
        Assert.Equal("replica-2", RedisConnection.Configure("127.0.0.1:6379,name=replica-2").ClientName);
    }
}
