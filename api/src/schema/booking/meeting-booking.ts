import { builder } from '../../builder.ts';

// A meeting can take place in a booked room (the meeting module checks Meeting.bookingId).
builder.prismaObjectField('Meeting', 'booking', (t) =>
  t.relation('booking', {
    nullable: true,
    description: 'The confirmed booking of a room the meeting takes place in.',
  }),
);
