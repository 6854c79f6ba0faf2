using EventBot.Adapters;
using EventBot.Host.Tests.Support;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace EventBot.Host.Tests.Adapters;

/// <summary>The turn's connector and user-token clients are built on their first use, once, and disposed only if built.</summary>
public sealed class OnDemandClientsTests
{
    [Fact]
    public async Task A_connector_client_is_built_when_first_used_and_only_once()
    {
        var configured = new CountingConnectorFactory();
        var factory = new OnDemandConnectorFactory(configured);

        using var client = await factory.CreateAsync("https://channel.example/", "audience");
        Assert.Equal(0, configured.Built);

        var conversations = client.Conversations;
        _ = client.BaseUri;
        Assert.Equal(1, configured.Built);
        Assert.Same(configured.Client!.Conversations, conversations);
        Assert.Equal(("https://channel.example/", "audience"), configured.Asked);
    }

    [Fact]
    public async Task An_unused_connector_client_is_never_built_and_a_used_one_is_disposed_with_the_turn()
    {
        var configured = new CountingConnectorFactory();
        var factory = new OnDemandConnectorFactory(configured);

        (await factory.CreateAsync("https://channel.example/", "audience")).Dispose();
        Assert.Equal(0, configured.Built);

        var used = await factory.CreateAsync("https://channel.example/", "audience");
        _ = used.Attachments;
        used.Dispose();
        Assert.True(configured.Client!.Disposed);
    }

    [Fact]
    public async Task A_user_token_client_is_built_on_its_first_call_only()
    {
        var built = 0;
        var configured = new FixedTokenClient();
        using var client = new OnDemandUserTokenClient(() =>
        {
            built++;
            return Task.FromResult<UserTokenClient>(configured);
        });
        Assert.Equal(0, built);

        var token = await client.GetUserTokenAsync("user", "connection", "msteams", null!, CancellationToken.None);
        await client.GetTokenStatusAsync("user", "msteams", null!, CancellationToken.None);

        Assert.Equal(1, built);
        Assert.Equal("jeton", token.Token);
    }

    [Fact]
    public void The_host_hands_the_adapter_the_on_demand_authentication()
    {
        using var factory = new EventBotFactory();

        Assert.IsType<OnDemandClientsAuthentication>(factory.Services.GetRequiredService<BotFrameworkAuthentication>());
    }

    private sealed class CountingConnectorFactory : ConnectorFactory
    {
        public int Built { get; private set; }

        public FakeConnectorClient? Client { get; private set; }

        public (string ServiceUrl, string Audience) Asked { get; private set; }

        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken = default)
        {
            Built++;
            Asked = (serviceUrl, audience);
            Client = new FakeConnectorClient();
            return Task.FromResult<IConnectorClient>(Client);
        }
    }

    private sealed class FakeConnectorClient : IConnectorClient
    {
        public bool Disposed { get; private set; }

        public Uri BaseUri { get; set; } = new("https://channel.example/");

        public JsonSerializerSettings SerializationSettings { get; } = new();

        public JsonSerializerSettings DeserializationSettings { get; } = new();

        public ServiceClientCredentials Credentials => null!;

        public IAttachments Attachments => null!;

        public IConversations Conversations { get; } = new ConversationsStandIn();

        public void Dispose() => Disposed = true;

        private sealed class ConversationsStandIn : IConversations
        {
            public Task<HttpOperationResponse<ConversationsResult>> GetConversationsWithHttpMessagesAsync(string continuationToken = null!, Dictionary<string, List<string>> customHeaders = null!, CancellationToken cancellationToken = default) => throw new NotSupportedException();
            public Task<HttpOperationResponse<ConversationResourceResponse>> CreateConversationWithHttpMessagesAsync(ConversationParameters parameters, Dictionary<string, List<string>> customHeaders = null!, CancellationToken cancellationToken = default) => throw new NotSupportedException();
            public Task<HttpOperationResponse<ResourceResponse>> SendToConversationWithHttpMessagesAsync(string conversationId, Activity activity, Dictionary<string, List<string>> customHeaders = null!, CancellationToken cancellationToken = default) => throw new NotSupportedException();
            public Task<HttpOperationResponse<ResourceResponse>> SendConversationHistoryWithHttpMessagesAsync(string conversationId, Transcript transcript = null!, Dictionary<string, List<string>> customHeaders = null!, CancellationToken cancellationToken = default) => throw new NotSupportedException();
            public Task<HttpOperationResponse<ResourceResponse>> UpdateActivityWithHttpMessagesAsync(string conversationId, string activityId, Activity activity, Dictionary<string, List<string>> customHeaders = null!, CancellationToken cancellationToken = default) => throw new NotSupportedException();
            public Task<HttpOperationResponse<ResourceResponse>> ReplyToActivityWithHttpMessagesAsync(string conversationId, string activityId, Activity activity, Dictionary<string, List<string>> customHeaders = null!, CancellationToken cancellationToken = default) => throw new NotSupportedException();
            public Task<HttpOperationResponse> DeleteActivityWithHttpMessagesAsync(string conversationId, string activityId, Dictionary<string, List<string>> customHeaders = null!, CancellationToken cancellationToken = default) => throw new NotSupportedException();
            public Task<HttpOperationResponse<IList<ChannelAccount>>> GetConversationMembersWithHttpMessagesAsync(string conversationId, Dictionary<string, List<string>> customHeaders = null!, CancellationToken cancellationToken = default) => throw new NotSupportedException();
            public Task<HttpOperationResponse<ChannelAccount>> GetConversationMemberWithHttpMessagesAsync(string userId, string conversationId, Dictionary<string, List<string>> customHeaders = null!, CancellationToken cancellationToken = default) => throw new NotSupportedException();
            public Task<HttpOperationResponse<PagedMembersResult>> GetConversationPagedMembersWithHttpMessagesAsync(string conversationId, int? pageSize = null, string continuationToken = null!, Dictionary<string, List<string>> customHeaders = null!, CancellationToken cancellationToken = default) => throw new NotSupportedException();
            public Task<HttpOperationResponse> DeleteConversationMemberWithHttpMessagesAsync(string conversationId, string memberId, Dictionary<string, List<string>> customHeaders = null!, CancellationToken cancellationToken = default) => throw new NotSupportedException();
            public Task<HttpOperationResponse<IList<ChannelAccount>>> GetActivityMembersWithHttpMessagesAsync(string conversationId, string activityId, Dictionary<string, List<string>> customHeaders = null!, CancellationToken cancellationToken = default) => throw new NotSupportedException();
            public Task<HttpOperationResponse<ResourceResponse>> UploadAttachmentWithHttpMessagesAsync(string conversationId, AttachmentData attachmentUpload, Dictionary<string, List<string>> customHeaders = null!, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        }
    }

    private sealed class FixedTokenClient : UserTokenClient
    {
        public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
            Task.FromResult(new TokenResponse { Token = "jeton" });

        public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
            Task.FromResult(Array.Empty<TokenStatus>());

        public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
