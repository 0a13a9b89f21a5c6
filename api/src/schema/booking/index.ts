// Bookings of shared resources: the Booking type, week views, my bookings, requests, and
// booking/deciding/cancelling (see domain/booking/).
import './type.ts';
import './queries.ts';
import './mutations.ts';
import './meeting-booking.ts';
