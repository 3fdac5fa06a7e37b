-- +goose Up
-- The events whose logs the index holds for every block it has committed, per chain (topic0, lowercase hex). The
-- indexer asks the node for every event of its registry; when it finds one not recorded here for a chain that has
-- a cursor (a newer covey asks for more events than the one that indexed those blocks), it fetches that event over
-- the blocks already indexed before going on, and records it (indexer/catchup.go). A chain without a cursor is
-- recorded with every event at its first start.
CREATE TABLE indexed_events (
    chain_id bigint NOT NULL,
    topic0   text COLLATE "C" NOT NULL,
    PRIMARY KEY (chain_id, topic0)
);

-- Until 00009 the indexer fetched only the events that had a table: these 31. An index made then gets the
-- access-control and parameter events 00009 added over its blocks at its next start.
INSERT INTO indexed_events (chain_id, topic0)
SELECT c.chain_id, t FROM cursors c, unnest(ARRAY[
    '0x022dd619ee0d92140e5abde105761d6df71c05c4fcb761610ea0552064f91e6c', -- Staked
    '0x6ccbfe3b673796acf277f98ced8589ea3dd664c39298848513597ebe869805a6', -- UnstakeRequested
    '0x75e161b3e824b114fc1a33274bd7091918dd4e639cede50b78b15a4eea956a21', -- Withdrawn
    '0x11a4f7073bbd30bd554c749f90317604f61a8fe515da0f3cf5c2204f18771b54', -- Slashed
    '0xbc0d6923cb946c5000dbd13b77d260699dce33d556b4af7f836964dc64e867d2', -- WithdrawalSlashed
    '0x8e4c72aa40e18885715933ea60cf3763babe3f773c065f0ee36afa3431e195e6', -- Delegated
    '0x97c21bde1c35b48e9baceb87cfd46e20ab70d83c0ece7fc153049ecf577ee5d1', -- Undelegated
    '0x116dfc377e1d8c1912e9a2a1daa8453f98cf2383e6115dcef1173d6faf0fed7e', -- RewardShareSet
    '0x035c8af3d3c4c059ac7c94b23949bf743034ed20e7959e3bd0279b272e9f5169', -- CooldownsSet
    '0x0033984d3b45be59198cb2a3a5f5cbf8daff421698c86b3a9280e2efc14984a0', -- TaskCreated
    '0x89e16fc7f5b25a3b122f51746243e474dea13db3915b2bcb5eb4eccdfff5e8bf', -- ModelSubmitted
    '0x1b4e4b5caa534a4a8437e66d0a9aedc50d3a9ca39dedd56edfad3630ea24e75d', -- ScoreSubmitted
    '0xee854c6a67af867645ef6f297bffcee6412b29f5670b58432de4abf3120a001b', -- ModelListed
    '0x55c1873857323eeaca0a68871500c1013ce338db039c28be207ef29a16ea33bd', -- ModelPurchased
    '0xf489d8b93b3874572cc94319f109187d1ea814b9de5a3d9e54c48c1ac0d57cad', -- FeeSet
    '0x26b27e83d0b82c44eb17d6f11776a8c600332d2ed7d9febfe585848bcfadf52d', -- Funded
    '0xd30497d262583a1d9d32ede0ca2d48eba8003092c5938f8316efd8f3de37e9df', -- RootProposed
    '0x673a51971f4b7655ebe073beade218e4fd672e8b8d625631e891cd5a55e5cd6c', -- RootAccepted
    '0xc1848f971a4ec76e8d9f00e8b9fc53d6553eb81eec182999f5f609cca4524eed', -- RootRevoked
    '0x0e5794e6d951fbd3280881d81fbf4d38e2b27ff87e9151f025c84b39ce0ca668', -- Claimed
    '0x1fbaa44f86bd9b412515a9f5c9a27092b8dd4ac04ea7c6ffb5bf1b5ca5978668', -- TimelockSet
    '0x7c6185a40bb04150dc39af1671c6b63cba1f53133cd7e710f55599f577cfce05', -- FLTaskCreated
    '0xf4f82575ee84a81aac4be52b6a368e9ba9df524b4f5cf8177d7cfbabe861820c', -- MemberJoined
    '0x6b59e67399cb69a6d8fdfb638f3e0916048e8351db75c813d97b60415fe1d8cc', -- MemberLeft
    '0x4387058bae42fe3609ecb1689770cb0b79dbe4eabc67b72f4d6555a08af56f97', -- RoundStarted
    '0x26b2d8ed02d00e6074ef6892c0a0f5b997b751cfb591018f309fb755576f30bc', -- RoleAssigned
    '0xafbcf8e0a58343bd3b7a2e8784acde8a95d81fa4492c8325c3f0de4b673ca673', -- UpdateSubmitted
    '0x24244570da12824ef598711c2db91f486bd0e82bf64505e96cbc6212e78741de', -- VoteCommitted
    '0xac164fd30723d9f64370e014edd0c2756c2ad1ea6cf44af04b2323f9bb8a4a2e', -- VoteRevealed
    '0x4b01bf4b63bdfa4070cc2d4f6fdf6551d92578bb2aedaa7b96ffa679bb34fd43', -- RoundFinalized
    '0xc7b2baad6f6e8de341c4613686e42c94a981b0e6c8438c97190a24d29b15b97c'  -- ParticipantSlashed
]) t;

-- +goose Down
DROP TABLE indexed_events;
