// Starts GraphiQL against this server's API: queries over HTTP, subscriptions over WebSocket
// (graphql-transport-ws), both at ./graphql relative to the page (so a path prefix added by a proxy works).
(function () {
  const url = new URL('graphql', document.baseURI);
  const subscriptionUrl = url.href.replace(/^http/, 'ws');
  const fetcher = GraphiQL.createFetcher({ url: url.href, subscriptionUrl });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultEditorToolbarOpen: true }));
})();
