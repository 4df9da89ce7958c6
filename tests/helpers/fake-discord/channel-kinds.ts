// Which channel types the fake treats as text (messages can be posted) and as threads.

import { ChannelTypes } from './api-constants.ts';

export const TEXT_TYPES = new Set<number>([
  ChannelTypes.GuildText,
  ChannelTypes.GuildAnnouncement,
  ChannelTypes.AnnouncementThread,
  ChannelTypes.PublicThread,
  ChannelTypes.PrivateThread,
]);

export const THREAD_TYPES = new Set<number>([ChannelTypes.AnnouncementThread, ChannelTypes.PublicThread, ChannelTypes.PrivateThread]);
